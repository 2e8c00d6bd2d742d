using System.Diagnostics.CodeAnalysis;

namespace BriefingBot.Discord.Rest;

/// <summary>What a REST call came to: a value, or a typed <see cref="DiscordRestFailure"/>. Calls do not throw for HTTP or network failures.</summary>
public sealed class DiscordRestResult<T>
{
    private DiscordRestResult(T? value, DiscordRestFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public DiscordRestFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    public static DiscordRestResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static DiscordRestResult<T> Fail(DiscordRestFailure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

    public override string ToString() => IsSuccess ? $"Success({Value})" : Failure.ToString();
}
