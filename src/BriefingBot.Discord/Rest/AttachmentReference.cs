namespace BriefingBot.Discord.Rest;

/// <summary>An entry of <c>attachments</c> in payload_json; <see cref="Id"/> is the n of the <c>files[n]</c> part.</summary>
internal sealed record AttachmentReference(ulong Id, string Filename, string? Description);
