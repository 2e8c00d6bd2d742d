using System.Text;

namespace BriefingBot.Discord.Rendering;

/// <summary>An embed being filled by <see cref="DiscordMessagePacker"/>: description lines first, then fields, then a footer.</summary>
internal sealed class EmbedDraft(string? title, string? url)
{
    private readonly StringBuilder _description = new();
    private readonly List<RenderedField> _fields = [];

    public string? Footer { get; set; }

    public int DescriptionLength => _description.Length;

    public int FieldCount => _fields.Count;

    public bool IsEmpty => title is null && _description.Length == 0 && _fields.Count == 0 && Footer is null;

    /// <summary>What the draft counts towards its message's 6,000 characters.</summary>
    public int Length => (title?.Length ?? 0) + _description.Length + _fields.Sum(f => f.Name.Length + f.Value.Length) + (Footer?.Length ?? 0);

    public void AppendLine(string separator, string line) => _description.Append(separator).Append(line);

    public void AddField(RenderedField field) => _fields.Add(field);

    public RenderedEmbed Build() =>
        new(title, _description.Length > 0 ? _description.ToString() : null, title is null ? null : url, [.. _fields], Footer);
}
