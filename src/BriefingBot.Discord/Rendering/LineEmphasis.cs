namespace BriefingBot.Discord.Rendering;

/// <summary>How a whole markdown line is emphasised: every piece of a cut line is wrapped again.</summary>
internal enum LineEmphasis
{
    None,

    /// <summary>"*…*".</summary>
    Italic,

    /// <summary>"**…**".</summary>
    Bold,
}
