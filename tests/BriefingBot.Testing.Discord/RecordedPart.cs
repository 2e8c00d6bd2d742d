using System.Text;

namespace BriefingBot.Testing.Discord;

/// <summary>One part of a multipart/form-data body.</summary>
public sealed record RecordedPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}
