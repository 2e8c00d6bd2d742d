namespace BriefingBot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    [Fact]
    public void Validate_DefaultsWithAToken_Pass()
    {
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = Token }).Succeeded);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("123456789:short")]
    [InlineData("abc:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1")]
    public void Validate_MalformedToken_FailsNamingTheSettingWithoutTheValue(string token)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = token });

        Assert.True(result.Failed);
        Assert.Contains("Telegram:Token", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.com")]
    [InlineData("api.telegram.org")]
    public void Validate_ApiBaseUrlThatIsNotHttp_FailsNamingTheSetting(string url)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = Token, ApiBaseUrl = url });

        Assert.Contains("Telegram:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_PollTimeoutOutOfRange_FailsNamingTheSetting(int seconds)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = Token, PollTimeout = TimeSpan.FromSeconds(seconds) });

        Assert.Contains("Telegram:PollTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpTimeout_IsClearlyLongerThanTheLongPoll()
    {
        var options = new TelegramOptions { PollTimeout = TimeSpan.FromSeconds(50) };

        Assert.True(options.HttpTimeout >= options.PollTimeout + TimeSpan.FromSeconds(10));
    }
}
