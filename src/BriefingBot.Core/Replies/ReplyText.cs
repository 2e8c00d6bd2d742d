using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BriefingBot.Core.Replies;

/// <summary>Whose words a piece of reply text is.</summary>
public enum TextKind
{
    /// <summary>The bot's own words: templates, help, counts.</summary>
    Bot,

    /// <summary>Text the user typed, echoed back: always escaped, never allowed to mention or ping.</summary>
    User,
}

/// <summary>A run of reply text of one kind.</summary>
public readonly record struct TextSpan(string Text, TextKind Kind);

/// <summary>
/// A line of reply text as spans of the bot's words and echoed user text, with no markup in it: each renderer
/// formats and escapes it for its platform. A plain string converts to the bot's words;
/// <c>ReplyText.Of($"I found nothing about {Echo.Short(asked)}")</c> keeps the echo marked.
/// </summary>
public sealed class ReplyText : IEquatable<ReplyText>
{
    private ReplyText(IReadOnlyList<TextSpan> spans) => Spans = spans;

    public IReadOnlyList<TextSpan> Spans { get; }

    public bool HasUserText => Spans.Any(s => s.Kind == TextKind.User);

    public static implicit operator ReplyText(string botWords) => new([new TextSpan(botWords, TextKind.Bot)]);

    public static ReplyText operator +(ReplyText first, ReplyText second) => new([.. first.Spans, .. second.Spans]);

    public static ReplyText Of(ref ReplyTextBuilder text) => new(text.Build());

    public static ReplyText User(string text) => new([new TextSpan(text, TextKind.User)]);

    public bool Equals(ReplyText? other) => other is not null && Spans.SequenceEqual(other.Spans);

    public override bool Equals(object? obj) => Equals(obj as ReplyText);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The text as it reads, with no escaping: for the console and logs.</summary>
    public override string ToString() => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>Builds a <see cref="ReplyText"/> from an interpolated string: <see cref="UserText"/> holes become user spans.</summary>
[InterpolatedStringHandler]
public ref struct ReplyTextBuilder
{
    private readonly List<TextSpan> _spans;
    private readonly StringBuilder _bot;

    public ReplyTextBuilder(int literalLength, int formattedCount)
    {
        _ = formattedCount;
        _spans = [];
        _bot = new StringBuilder(literalLength);
    }

    public readonly void AppendLiteral(string literal) => _bot.Append(literal);

    public readonly void AppendFormatted(UserText user)
    {
        Flush();
        _spans.Add(new TextSpan(user.Value, TextKind.User));
    }

    public readonly void AppendFormatted(ReplyText text)
    {
        Flush();
        _spans.AddRange(text.Spans);
    }

    public readonly void AppendFormatted<T>(T value) => _bot.Append(value is IFormattable formattable
        ? formattable.ToString(null, CultureInfo.InvariantCulture)
        : value?.ToString());

    internal readonly List<TextSpan> Build()
    {
        Flush();
        return _spans;
    }

    private readonly void Flush()
    {
        if (_bot.Length > 0)
        {
            _spans.Add(new TextSpan(_bot.ToString(), TextKind.Bot));
            _bot.Clear();
        }
    }
}
