namespace BriefingBot.Host.Hosting;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>The hosted services of worker mode, in start order: the store first.</summary>
    public static IServiceCollection AddBriefingBotWorker(this IServiceCollection services)
    {
        services.AddHostedService<StoreStartupService>();
        services.AddHostedService<ReminderSchedulerService>();
        return services;
    }
}
