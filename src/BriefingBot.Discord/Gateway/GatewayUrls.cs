namespace BriefingBot.Discord.Gateway;

/// <summary>Builds connection URLs: the URL Discord gave (GET /gateway/bot or READY's resume_gateway_url) plus <c>?v=10&amp;encoding=json</c>.</summary>
internal static class GatewayUrls
{
    public const string Query = "v=10&encoding=json";

    public static Uri? TryConnectionUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "wss" && uri.Scheme != "ws"))
        {
            return null;
        }

        return new UriBuilder(uri) { Query = Query }.Uri;
    }
}
