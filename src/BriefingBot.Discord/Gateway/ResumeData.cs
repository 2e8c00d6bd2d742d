namespace BriefingBot.Discord.Gateway;

/// <summary>The <c>d</c> of Resume.</summary>
internal sealed record ResumeData(string Token, string SessionId, long? Seq);
