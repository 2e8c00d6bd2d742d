using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Gateway;

/// <summary>Resume (op 6): picks up a session and has Discord replay what was missed.</summary>
internal sealed record ResumeCommand(ResumeData D)
{
    [JsonPropertyOrder(-1)]
    public int Op => (int)GatewayOpcode.Resume;
}
