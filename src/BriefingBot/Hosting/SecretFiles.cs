namespace BriefingBot.Host.Hosting;

/// <summary>
/// Docker secrets as settings: each file in <c>/run/secrets</c> named like a setting with <c>__</c> for <c>:</c>
/// (<c>Telegram__Token</c>, <c>Discord__Token</c>) gives that setting its trimmed content. Files with other names are
/// ignored, and nothing is read when the folder does not exist.
/// </summary>
public static class SecretFiles
{
    public const string DockerSecretsFolder = "/run/secrets";

    public static IEnumerable<KeyValuePair<string, string?>> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.Contains("__", StringComparison.Ordinal) || name.StartsWith('.'))
            {
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(file).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            yield return new(name.Replace("__", ":", StringComparison.Ordinal), text);
        }
    }
}
