using BriefingBot.Evaluation.Runner;

namespace BriefingBot.Evaluation.RunnerTests;

/// <summary>Reading case files: problems inside a case stay with that case; a file that cannot be read says why.</summary>
public sealed class CaseFileReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefingbot-evaluation-reader", Guid.NewGuid().ToString("N"));

    public CaseFileReaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_CaseNow_OverridesTheFilesNow()
    {
        var file = CaseFileReader.Read(Write("""
            corpus: corpus
            now: 2026-01-20T12:00:00Z
            cases:
              - id: a
                ask: /brief x
              - id: b
                now: 2026-03-01T00:00:00Z
                ask: /brief x
            """));

        Assert.Equal([DateTimeOffset.Parse("2026-01-20T12:00:00Z"), DateTimeOffset.Parse("2026-03-01T00:00:00Z")], file.Cases.Select(c => c.Now));
        Assert.Equal(Path.Combine(_folder, "corpus"), file.CorpusPath);
    }

    [Fact]
    public void Read_ValuesOfTheWrongShape_BecomeTheCasesProblems()
    {
        var file = CaseFileReader.Read(Write("""
            corpus: corpus
            cases:
              - id: bad
                ask: /timeline x
                found: maybe
                dates: [February]
                contains: {a: b}
            """));

        var problems = Assert.Single(file.Cases).Problems;
        Assert.Contains("no 'now': set it on the file or on the case", problems);
        Assert.Contains("'found' must be true or false", problems);
        Assert.Contains("'dates': 'February' is not yyyy-MM-dd, yyyy-MM or yyyy", problems);
        Assert.Contains("'contains' must be a list of strings", problems);
    }

    [Fact]
    public void Read_RepeatedId_MarksTheLaterCaseMalformed()
    {
        var file = CaseFileReader.Read(Write("""
            corpus: corpus
            now: 2026-01-20T12:00:00Z
            cases:
              - {id: same, ask: /brief x}
              - {id: same, ask: /brief y}
            """));

        Assert.Equal([false, true], file.Cases.Select(c => c.IsMalformed));
    }

    [Fact]
    public void Read_InvalidYaml_ThrowsNamingTheFile()
    {
        var path = Write("corpus: [unclosed\n");

        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Read(path));

        Assert.StartsWith("cases.yaml: not valid YAML", error.Message, StringComparison.Ordinal);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, "cases.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
