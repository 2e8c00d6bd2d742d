namespace BriefingBot.Testing.Telegram;

/// <summary>Settings of a <see cref="FakeBotApiServer"/>; every one has a usable default.</summary>
public sealed class FakeBotApiServerOptions
{
    /// <summary>getMe's <c>id</c>; by default the number before the colon in the token, as Telegram's tokens carry it.</summary>
    public long? BotId { get; init; }

    /// <summary>getMe's <c>username</c> (without "@").</summary>
    public string BotUsername { get; init; } = "briefing_test_bot";

    /// <summary>getMe's <c>first_name</c>.</summary>
    public string BotFirstName { get; init; } = "BriefingBot";

    /// <summary>The update_id given to the first enqueued update that has none.</summary>
    public long FirstUpdateId { get; init; } = 100_000_001;

    /// <summary>Clock for message dates, receive times and the long-poll hold.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Methods answered (with a generic <c>true</c> unless implemented); others get 404. Defaults to Bot API 10.1's methods.</summary>
    public IEnumerable<string>? KnownMethods { get; init; }
}
