namespace BriefingBot.Testing.Telegram;

/// <summary>How a request carried its parameters to the fake Bot API server.</summary>
public enum RequestEncoding
{
    /// <summary>No body and no query string (Telegram.Bot sends parameterless methods such as getMe this way).</summary>
    None,

    /// <summary>Parameters only in the URL query string.</summary>
    Query,

    /// <summary><c>application/json</c> body: values keep their JSON types.</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c> body: every value is a string.</summary>
    FormUrlEncoded,

    /// <summary><c>multipart/form-data</c> body: every non-file value is a string; files are in <see cref="RecordedRequest.Files"/>.</summary>
    Multipart,
}
