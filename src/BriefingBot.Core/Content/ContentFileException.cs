namespace BriefingBot.Core.Content;

/// <summary>A content file that cannot be used, with the place to fix it.</summary>
public sealed class ContentFileException(string path, int line, string problem)
    : Exception($"{path}:{line}: {problem}")
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
