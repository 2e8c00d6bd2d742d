namespace BriefingBot.Core.Text.Roles;

/// <summary>What the heading above a paragraph says its section is, as far as sentence roles care.</summary>
internal enum SectionKind
{
    /// <summary>Ordinary text.</summary>
    Text,

    /// <summary>"References", "Sources", "Further reading": every entry is a citation.</summary>
    References,
}
