using BriefingBot.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>Migrates the database and ingests the content folder (the ingester migrates first): run before anything reads the store.</summary>
public sealed class StoreInitializer(ContentIngester ingester, IOptions<ContentOptions> content)
{
    public Task<IngestReport> InitializeAsync(CancellationToken cancellationToken) => InitializeAsync(null, cancellationToken);

    public Task<IngestReport> InitializeAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken) =>
        ingester.IngestAsync(ConfiguredPaths.Content(content.Value), progress, cancellationToken);
}

/// <summary>In worker mode, gets the store ready before the other hosted services start.</summary>
public sealed class StoreStartupService(StoreInitializer initializer) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
