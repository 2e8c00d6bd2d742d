namespace BriefingBot.Host.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>The command ran and answered (including "nothing found").</summary>
    public const int Ok = 0;

    /// <summary>Something failed unexpectedly, or ingest skipped files.</summary>
    public const int Failed = 1;

    /// <summary>The command line was not understood.</summary>
    public const int Usage = 2;

    /// <summary>The configuration is invalid; the message names the setting.</summary>
    public const int Configuration = 3;
}
