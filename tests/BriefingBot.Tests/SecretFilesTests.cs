using BriefingBot.Host.Hosting;

namespace BriefingBot.Tests;

public sealed class SecretFilesTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void Read_FilesNamedLikeSettings_GiveThoseSettingsTheirTrimmedContent()
    {
        var folder = Path.Combine(_run.Folder, "secrets");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Telegram__Token"), "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1\n");
        File.WriteAllText(Path.Combine(folder, "unrelated"), "x");

        var settings = SecretFiles.Read(folder).ToDictionary();

        Assert.Equal("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1", settings["Telegram:Token"]);
        Assert.Single(settings);
    }

    [Fact]
    public void Read_NoSecretsFolder_GivesNothing()
    {
        Assert.Empty(SecretFiles.Read(Path.Combine(_run.Folder, "missing")));
    }
}
