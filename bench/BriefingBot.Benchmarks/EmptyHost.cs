using Microsoft.Extensions.Hosting;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The baseline for the host's memory and start-up figures: a generic host with nothing in it, built the same way
/// (<c>Host.CreateApplicationBuilder</c>), printing "ready" once started and running until stopped.
/// </summary>
public static class EmptyHost
{
    public static async Task RunAsync(string[] args)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args);
        using var host = builder.Build();
        var lifetime = host.Services.GetService(typeof(IHostApplicationLifetime)) as IHostApplicationLifetime;
        lifetime?.ApplicationStarted.Register(() => Console.WriteLine("ready"));
        await host.RunAsync();
    }
}
