namespace BriefingBot.Core.Content;

/// <summary>A curated subject people can ask about: a stable id, the name shown, and other words for it.</summary>
public sealed record Topic(string Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The name followed by the aliases: every phrase that stands for this topic.</summary>
    public IEnumerable<string> Phrases => Aliases.Prepend(Name);
}
