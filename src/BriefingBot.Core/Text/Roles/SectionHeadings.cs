using System.Text.RegularExpressions;

namespace BriefingBot.Core.Text.Roles;

/// <summary>Recognises the headings of reference lists.</summary>
internal static partial class SectionHeadings
{
    public static bool IsReferences(string heading) => References().IsMatch(heading);

    [GeneratedRegex(@"^\W*(?:references|sources|bibliography|works cited|citations|further reading|notes|sources and further reading)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex References();
}
