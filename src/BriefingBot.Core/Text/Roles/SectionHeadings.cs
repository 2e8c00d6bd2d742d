using System.Text.RegularExpressions;

namespace BriefingBot.Core.Text.Roles;

/// <summary>Recognises the headings of reference lists and of advice sections.</summary>
internal static partial class SectionHeadings
{
    public static SectionKind KindOf(string heading)
    {
        if (References().IsMatch(heading))
        {
            return SectionKind.References;
        }

        return Advice().IsMatch(heading) ? SectionKind.Advice : SectionKind.Text;
    }

    [GeneratedRegex(@"^\W*(?:references|sources|bibliography|works cited|citations|further reading|notes|sources and further reading)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex References();

    [GeneratedRegex(@"\b(?:next steps?|stay(?:ing)? informed|what you can do|actionable|what to watch|how to follow|tips for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advice();
}
