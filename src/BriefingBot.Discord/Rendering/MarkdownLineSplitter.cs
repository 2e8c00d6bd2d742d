namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Cuts a <see cref="MarkdownLine"/> into pieces that each render within a limit. Cuts are made in the raw text and
/// each piece is rendered on its own, so no piece ends inside an escape ("\*"), a zero width space is never parted from
/// its "@", a masked link or a code span (a <see cref="MarkdownRunKind.Markdown"/> run) is never cut, a piece that
/// starts mid-sentence is escaped as the line start it becomes, and quote prefixes and emphasis are written again
/// around every piece. A cut falls, in order of preference: after the last sentence end (or line break) that keeps at
/// least half the limit; at the last space; before a run of our own markdown, if what comes before it fills half the
/// limit; else where the limit falls, never inside a surrogate pair. The space at a cut is dropped.
/// </summary>
internal static class MarkdownLineSplitter
{
    /// <summary>The smallest limit accepted: room for a quote prefix, bold markers and an escaped character or two.</summary>
    public const int MinLimit = 16;

    /// <summary>The line as pieces of 1 to <paramref name="limit"/> characters each; none for a blank line.</summary>
    public static IReadOnlyList<string> Split(MarkdownLine line, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, MinLimit);
        var pieces = new List<string>();
        IReadOnlyList<MarkdownRun> runs = WithoutEmptyRuns(line.Runs);
        while (runs.Count > 0)
        {
            var whole = line.With(runs).Render();
            if (whole.Length <= limit)
            {
                AddIfNotBlank(pieces, whole);
                break;
            }

            var (head, tail) = Cut(line, runs, limit, preferSentences: true);
            AddIfNotBlank(pieces, line.With(head).Render());
            runs = tail;
        }

        return pieces;
    }

    /// <summary>The line within <paramref name="limit"/> characters: whole if it fits, else cut at a space and ended with "…".</summary>
    public static string Truncate(MarkdownLine line, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, MinLimit);
        var whole = line.Render();
        if (whole.Length <= limit)
        {
            return whole;
        }

        var (head, _) = Cut(line, WithoutEmptyRuns(line.Runs), limit - 1, preferSentences: false);
        return line.With(head).Render() + "\u2026";
    }

    /// <summary>The longest head of <paramref name="runs"/> that renders within the limit, cut where it reads best, and the rest.</summary>
    private static (IReadOnlyList<MarkdownRun> Head, IReadOnlyList<MarkdownRun> Tail) Cut(
        MarkdownLine line, IReadOnlyList<MarkdownRun> runs, int limit, bool preferSentences)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            if (Length(line, runs.Take(r + 1)) <= limit)
            {
                continue;
            }

            var before = runs.Take(r).ToArray();
            var beforeLength = Length(line, before);
            var run = runs[r];
            if (run.Kind == MarkdownRunKind.Markdown)
            {
                if (before.Any(b => !string.IsNullOrWhiteSpace(b.Text)))
                {
                    return Split(runs, r, 0);
                }

                // Our own markdown longer than the whole limit (the renderer keeps links and code far shorter):
                // shown as escaped text rather than sent over the limit.
                run = MarkdownRun.Corpus(run.Text);
                runs = [.. before, run, .. runs.Skip(r + 1)];
            }

            var fits = LongestFit(line, before, run, limit);
            var at = preferSentences ? SentenceEnd(run.Text, fits) : -1;
            if (at > 0 && Length(line, [.. before, run with { Text = run.Text[..at] }]) < limit / 2)
            {
                at = -1;
            }

            if (at <= 0)
            {
                at = LastSpace(run.Text, fits);
            }

            if (at <= 0 && r > 0 && beforeLength >= limit / 2)
            {
                return Split(runs, r, 0);
            }

            if (at <= 0)
            {
                at = fits;
                if (at > 0 && at < run.Text.Length && char.IsHighSurrogate(run.Text[at - 1]) && char.IsLowSurrogate(run.Text[at]))
                {
                    at--;
                }

                if (at == 0 && before.Length == 0)
                {
                    // Unreachable with MinLimit; taking one character keeps the loop going whatever the limit.
                    at = char.IsHighSurrogate(run.Text[0]) && run.Text.Length > 1 ? 2 : 1;
                }
            }

            return Split(runs, r, at);
        }

        return (runs, []);
    }

    /// <summary>The largest k such that the runs before, then the first k characters of <paramref name="run"/>, render within the limit.</summary>
    private static int LongestFit(MarkdownLine line, IReadOnlyList<MarkdownRun> before, MarkdownRun run, int limit)
    {
        var low = 0;
        var high = run.Text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Length(line, [.. before, run with { Text = run.Text[..mid] }]) <= limit)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The position just after the last sentence end or line break within the first <paramref name="max"/> characters, or -1.</summary>
    private static int SentenceEnd(string text, int max)
    {
        for (var i = max; i > 0; i--)
        {
            var previous = text[i - 1];
            if (previous == '\n'
                || (previous is '.' or '!' or '?' or '\u2026' && (i == text.Length || char.IsWhiteSpace(text[i]))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The position of the last whitespace within the first <paramref name="max"/> characters (a cut there drops it), or -1.</summary>
    private static int LastSpace(string text, int max)
    {
        for (var i = Math.Min(max, text.Length - 1); i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The runs cut at character <paramref name="at"/> of run <paramref name="r"/>, with the whitespace at the cut dropped.</summary>
    private static (IReadOnlyList<MarkdownRun> Head, IReadOnlyList<MarkdownRun> Tail) Split(IReadOnlyList<MarkdownRun> runs, int r, int at)
    {
        var head = runs.Take(r).ToList();
        var tail = new List<MarkdownRun>();
        var run = runs[r];
        if (at > 0)
        {
            head.Add(run with { Text = run.Text[..at] });
        }

        tail.Add(run with { Text = run.Text[at..] });
        tail.AddRange(runs.Skip(r + 1));

        while (head.Count > 0 && string.IsNullOrWhiteSpace(head[^1].Text))
        {
            head.RemoveAt(head.Count - 1);
        }

        if (head.Count > 0)
        {
            head[^1] = head[^1] with { Text = head[^1].Text.TrimEnd() };
        }

        while (tail.Count > 0 && string.IsNullOrWhiteSpace(tail[0].Text))
        {
            tail.RemoveAt(0);
        }

        if (tail.Count > 0)
        {
            tail[0] = tail[0] with { Text = tail[0].Text.TrimStart() };
        }

        return (head, tail);
    }

    private static int Length(MarkdownLine line, IEnumerable<MarkdownRun> runs) => line.With([.. runs]).Render().Length;

    private static List<MarkdownRun> WithoutEmptyRuns(IEnumerable<MarkdownRun> runs) => [.. runs.Where(r => r.Text.Length > 0)];

    private static void AddIfNotBlank(List<string> pieces, string piece)
    {
        if (!string.IsNullOrWhiteSpace(piece))
        {
            pieces.Add(piece);
        }
    }
}
