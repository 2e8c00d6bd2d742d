namespace BriefingBot.Discord.Models;

/// <summary>A file to attach to a message (sent as multipart/form-data part <c>files[n]</c>).</summary>
public sealed record MessageFile(string FileName, ReadOnlyMemory<byte> Content, string ContentType = "application/octet-stream", string? Description = null);
