namespace BriefingBot.Evaluation;

/// <summary>Folders of the source tree, found by walking up from the test's output folder to the one holding BriefingBot.sln.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/BriefingBot.Evaluation in the source tree.</summary>
    public static string Project => Path.Combine(Root, "tests", "BriefingBot.Evaluation");

    /// <summary>The evaluation's case files (kept by their owner; may be absent in a fresh checkout).</summary>
    public static string Cases => Path.Combine(Project, "Cases");

    /// <summary>The runner's own fixtures, for its unit tests.</summary>
    public static string RunnerFixtures => Path.Combine(Project, "RunnerFixtures");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds BriefingBot.sln.");
    }
}
