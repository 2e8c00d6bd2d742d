using System.Text.Json.Nodes;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

public sealed class DiscordOpenApiValidatorTests
{
    private const string Messages = "/api/v10/channels/645027906669510667/messages";
    private static readonly DiscordOpenApiValidator Validator = DiscordOpenApiValidator.Default;

    [Fact]
    public void DocsExamples_CreateMessageAndBlepCommand_AreValid()
    {
        var message = JsonNode.Parse(File.ReadAllText(Example("rest_create_message_request.json")));
        var command = JsonNode.Parse(File.ReadAllText(Example("command_chat_input_blep.json")));

        Assert.Empty(Validator.Validate("POST", Messages, "", "application/json", message));
        Assert.Empty(Validator.Validate("PUT", "/api/v10/applications/1100000000000000001/commands", "", "application/json", new JsonArray(command)));
    }

    [Theory]
    [InlineData("""{"content":"hi","alowed_mentions":{"parse":[]}}""", "unknown property \"alowed_mentions\"")]
    [InlineData("""{"content":42}""", "expected string or null, found integer")]
    [InlineData("""{"embeds":[{"fields":[{"name":"Source"}]}]}""", "required property \"value\"")]
    [InlineData("""{"allowed_mentions":{"parse":["nobody"]}}""", "matches none of")]
    [InlineData("""{"nonce":"12345678901234567890123456"}""", "matches none of")]
    [InlineData("""{"components":[{"type":1,"components":[{"type":2,"style":1,"custom_id":""}]}]}""", "fewer than 1")]
    public void InvalidMessageBodies_AreReported(string body, string expected)
    {
        var problems = Validator.Validate("POST", Messages, "", "application/json", JsonNode.Parse(body));

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultMemberPermissions_AsADecimalString_IsAccepted_ButNotAsOtherText()
    {
        var valid = JsonNode.Parse("""[{"name":"subscribe","description":"x","default_member_permissions":"32"}]""");
        var invalid = JsonNode.Parse("""[{"name":"subscribe","description":"x","default_member_permissions":"manage"}]""");
        const string path = "/api/v10/applications/1100000000000000001/commands";

        Assert.Empty(Validator.Validate("PUT", path, "", "application/json", valid));
        Assert.NotEmpty(Validator.Validate("PUT", path, "", "application/json", invalid));
    }

    [Fact]
    public void InteractionCallback_WithAnUnknownType_MatchesNoAlternative()
    {
        var problems = Validator.Validate("POST", "/api/v10/interactions/786008729715212338/A_UNIQUE_TOKEN/callback", "", "application/json",
            JsonNode.Parse("""{"type":3,"data":{"content":"hi"}}"""));

        Assert.Contains(problems, p => p.Contains("matches none of the 7 alternatives", StringComparison.Ordinal));
    }

    [Fact]
    public void RoutesAndParameters_AreChecked()
    {
        Assert.Contains("no path in the spec matches", Single(Validator.Validate("POST", "/api/v10/nowhere", "", null, null)));
        Assert.Contains("no DELETE operation", Single(Validator.Validate("DELETE", "/api/v10/gateway/bot", "", null, null)));
        Assert.Contains("does not match", Single(Validator.Validate("GET", "/api/v10/channels/general/messages", "", null, null)));
        Assert.Contains("query parameter colour", Single(Validator.Validate("GET", "/api/v10/gateway/bot", "colour=red", null, null)));
        Assert.Contains("needs Authorization", Single(Validator.Validate("GET", "/api/v10/gateway/bot", "", null, null, null, AuthorizationKind.None)));
        Assert.Empty(Validator.Validate("POST", "/api/v10/webhooks/1100000000000000001/tok", "wait=true", "application/json", JsonNode.Parse("""{"content":"hi"}"""), null, AuthorizationKind.None));
        Assert.Equal("update_original_webhook_message", Validator.OperationId("PATCH", "/api/v10/webhooks/1/tok/messages/@original"));
    }

    [Fact]
    public void MultipartFile_WithoutAnAttachmentsEntry_IsReported()
    {
        var payload = JsonNode.Parse("""{"content":"calendar"}""");
        RecordedPart[] parts = [new("payload_json", null, "application/json", []), new("files[0]", "a.ics", "text/calendar", [1, 2, 3])];

        var problems = Validator.Validate("POST", Messages, "", "multipart/form-data; boundary=x", payload, parts);

        Assert.Equal("POST /channels/{channel_id}/messages: files[0] has no attachments entry with id 0 in payload_json", Single(problems));
    }

    private static string Single(IReadOnlyList<string> problems) => Assert.Single(problems);

    private static string Example(string name) =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Validator.SpecPath)))!, "specs", "examples", "discord", name);
}
