using System.Text;
using System.Threading.Channels;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Text;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;

namespace BriefingBot.Storage;

/// <summary>An article file read and worked out, ready to write: its paragraphs, sentences, their roles and dated items.</summary>
internal sealed record PreparedArticle(
    string Path,
    ArticleFile File,
    IReadOnlyList<(Paragraph Paragraph, IReadOnlyList<string> Sentences)> Split,
    IReadOnlyList<SentenceRole[]> Roles,
    IReadOnlyList<HarvestedItem> Items);

/// <summary>What reading one file came to: an article to write, an unchanged one to skip, or a problem to report.</summary>
internal sealed record ArticleOutcome(string Path, string? Id, PreparedArticle? Article, ContentFileException? Problem);

/// <summary>
/// Reads the article files on a task of its own, in name order, and hands each over a bounded channel; the text work
/// of each changed article (parsing, sentences, roles, dated items) runs as a task of its own, so the ingester writes
/// one article to SQLite while the next ones are prepared on the other core.
/// </summary>
internal sealed class ArticleReader(string root, IReadOnlyDictionary<string, (string Path, string Hash)> known, TopicMatcher topics)
{
    private const int Ahead = 16;

    /// <summary>Paths seen (even those with problems), and ids of the files read: what a removal must not touch.</summary>
    public HashSet<string> SeenPaths { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SeenIds { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The outcomes, in file order. Files are read and checked one after another (the first file with an id wins);
    /// the text work of each changed article runs as a task of its own, up to <see cref="Ahead"/> files ahead of
    /// the writer, so both cores are busy while SQLite writes.
    /// </summary>
    public async IAsyncEnumerable<ArticleOutcome> ReadAllAsync(
        IReadOnlyList<string> files, IProgress<(int Done, int Total)>? progress, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Task<ArticleOutcome>>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        _ = Task.Run(
            async () =>
            {
                try
                {
                    for (var i = 0; i < files.Count; i++)
                    {
                        progress?.Report((i, files.Count));
                        await channel.Writer.WriteAsync(await ReadAsync(files[i], cancellationToken), cancellationToken);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        await foreach (var outcome in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return await outcome;
        }
    }

    /// <summary>Reads and checks one file; an article to write comes back as a task that analyses its text.</summary>
    private async Task<Task<ArticleOutcome>> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
        SeenPaths.Add(relative);
        ArticleFile article;
        try
        {
            var text = await System.IO.File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken);
            article = ArticleFileParser.Parse(relative, text);
        }
        catch (ContentFileException ex)
        {
            return Task.FromResult(new ArticleOutcome(relative, null, null, ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(new ArticleOutcome(relative, null, null, new ContentFileException(relative, 0, "could not be read: " + ex.Message)));
        }

        var id = article.Metadata.Id;
        if (!SeenIds.Add(id))
        {
            return Task.FromResult(new ArticleOutcome(relative, null, null, new ContentFileException(relative, 2, $"id '{id}' is already used by another file")));
        }

        if (known.TryGetValue(id, out var existing) && existing.Hash == article.ContentHash && existing.Path == relative)
        {
            return Task.FromResult(new ArticleOutcome(relative, id, null, null));
        }

        return Task.Run(() => Analyse(relative, id, article), CancellationToken.None);
    }

    private ArticleOutcome Analyse(string relative, string id, ArticleFile article)
    {
        try
        {
            var parsed = ArticleTextParser.Parse(article.Body, article.Metadata, article.FirstBodyLine);
            var split = parsed.WithSentences();
            var roles = SentenceRoleClassifier.Classify(split);
            var items = ArticleDateHarvester.Harvest(article.Metadata, split, topics, roles);
            return new ArticleOutcome(relative, id, new PreparedArticle(relative, article, split, roles, items), null);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // One pathological text must not stop every other article from being read: it is skipped and reported.
            return new ArticleOutcome(relative, null, null, new ContentFileException(relative, 0, "its text took too long to analyse; the stored version was kept"));
        }
    }
}
