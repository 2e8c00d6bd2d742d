namespace BriefingBot.Testing.Telegram;

/// <summary>A file part of a multipart/form-data request.</summary>
/// <param name="FieldName">The part's form name, e.g. "0" for Telegram.Bot's <c>attach://0</c>, or "document" for a direct upload.</param>
/// <param name="FileName">The file name from the part's Content-Disposition header.</param>
/// <param name="ContentType">The part's Content-Type header.</param>
/// <param name="Content">The uploaded bytes.</param>
public sealed record UploadedFile(string FieldName, string FileName, string ContentType, byte[] Content);
