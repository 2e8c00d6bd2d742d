using System.Text;
using System.Threading.Channels;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Text;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;

namespace BriefingBot.Storage;

/// <summary>
/// An article file read and worked out, ready to write: its paragraphs, sentences, their roles and dated items. The
/// body itself is not kept, only its size: everything written is in the paragraphs, and an article that waits for
/// the writer should not hold its text twice (what waits outlives a young garbage collection, and copying it to
/// older generations costs the writer its pauses).
/// </summary>
internal sealed record PreparedArticle(
    string Path,
    ArticleMetadata Metadata,
    string ContentHash,
    int BodyCharacters,
    int BodyBytes,
    IReadOnlyList<(Paragraph Paragraph, IReadOnlyList<string> Sentences)> Split,
    IReadOnlyList<SentenceRole[]> Roles,
    IReadOnlyList<HarvestedItem> Items);

/// <summary>What reading one file came to: an article to write, an unchanged one to skip, or a problem to report.</summary>
internal sealed record ArticleOutcome(string Path, string? Id, PreparedArticle? Article, ContentFileException? Problem);

/// <summary>
/// Reads the article files on a thread of its own, in name order, works out each changed article's text (parsing,
/// sentences, roles, dated items) and hands it over a channel, so the ingester writes one article to SQLite
/// while the next ones are read and analysed on the other core. A thread rather than pool tasks: with the pool busy
/// analysing, the writer's continuations queued behind the analysis and both cores were slower than one (the
/// text work of the 10,000-article corpus took 9.2 s on two cores against 4.4 s on one thread). It may run up to
/// <paramref name="aheadCharacters"/> of article bodies ahead of the writer (by default two batches': enough to keep
/// working through a batch's commit, when the writer stops taking articles for a while; with their paragraphs,
/// sentences and items, about 100 MB of memory).
/// </summary>
internal sealed class ArticleReader(
    string root, IReadOnlyDictionary<string, (string Path, string Hash)> known, TopicMatcher topics, long aheadCharacters = 2L * ArticleBatch.MaxCharacters)
{
    /// <summary>Paths seen (even those with problems), and ids of the files read: what a removal must not touch.</summary>
    public HashSet<string> SeenPaths { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SeenIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Completes when the reading thread of the latest <see cref="ReadAllAsync"/> has stopped.</summary>
    internal Task ReadingStopped { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The outcomes, in file order. Files are read and checked one after another (the first file with an id wins);
    /// each outcome's body counts against the limit until the caller asks for the next one. However the caller stops
    /// (the end, an exception, cancellation), the enumeration ends only once the reading thread has stopped.
    /// </summary>
    public async IAsyncEnumerable<ArticleOutcome> ReadAllAsync(
        IReadOnlyList<string> files, IProgress<(int Done, int Total)>? progress, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ArticleOutcome>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var ahead = new TextAhead(aheadCharacters);

        // The thread's own token: the caller's may be a linked one that is gone by the time the caller gives up.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ReadingStopped = stopped.Task;
        var thread = new Thread(() =>
        {
            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    progress?.Report((i, files.Count));
                    var outcome = Read(files[i], stop.Token);
                    ahead.Take(Characters(outcome), stop.Token);
                    channel.Writer.TryWrite(outcome);
                }

                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
            finally
            {
                stopped.SetResult();
            }
        })
        {
            IsBackground = true,
            Name = "BriefingBot article reader",
        };
        thread.Start();

        try
        {
            await foreach (var outcome in channel.Reader.ReadAllAsync(stop.Token))
            {
                yield return outcome;
                ahead.Return(Characters(outcome));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await stopped.Task;
        }
    }

    private static long Characters(ArticleOutcome outcome) => outcome.Article?.BodyCharacters ?? 0;

    /// <summary>Reads, checks and (when it changed) analyses one file.</summary>
    private ArticleOutcome Read(string file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
        SeenPaths.Add(relative);
        ArticleFile article;
        try
        {
            var text = System.IO.File.ReadAllText(file, Encoding.UTF8);
            article = ArticleFileParser.Parse(relative, text);
        }
        catch (ContentFileException ex)
        {
            return new ArticleOutcome(relative, null, null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ArticleOutcome(relative, null, null, new ContentFileException(relative, 0, "could not be read: " + ex.Message));
        }

        var id = article.Metadata.Id;
        if (!SeenIds.Add(id))
        {
            return new ArticleOutcome(relative, null, null, new ContentFileException(relative, 2, $"id '{id}' is already used by another file"));
        }

        if (known.TryGetValue(id, out var existing) && existing.Hash == article.ContentHash && existing.Path == relative)
        {
            return new ArticleOutcome(relative, id, null, null);
        }

        return Analyse(relative, id, article);
    }

    private ArticleOutcome Analyse(string relative, string id, ArticleFile article)
    {
        try
        {
            var parsed = ArticleTextParser.Parse(article.Body, article.Metadata, article.FirstBodyLine);
            var split = parsed.WithSentences();
            var roles = SentenceRoleClassifier.Classify(split);
            var items = ArticleDateHarvester.Harvest(article.Metadata, split, topics, roles);
            var prepared = new PreparedArticle(
                relative, article.Metadata, article.ContentHash, article.Body.Length, Encoding.UTF8.GetByteCount(article.Body), split, roles, items);
            return new ArticleOutcome(relative, id, prepared, null);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // One pathological text must not stop every other article from being read: it is skipped and reported.
            return new ArticleOutcome(relative, null, null, new ContentFileException(relative, 0, "its text took too long to analyse; the stored version was kept"));
        }
    }
}
