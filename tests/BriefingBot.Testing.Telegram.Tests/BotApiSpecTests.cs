using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram.Tests;

public sealed class BotApiSpecTests
{
    [Fact]
    public void Load_FindsTheSharedSpec()
    {
        var path = BotApiSpecLocator.Find();

        Assert.EndsWith(Path.Combine("specs", "telegram", "api.json"), path);
        Assert.Equal("Bot API 10.1", Spec.Api.Version);
        Assert.Contains("sendMessage", Spec.Api.MethodNames);
        Assert.Contains("InlineKeyboardMarkup", Spec.Api.TypeNames);
    }

    [Fact]
    public void Load_MissingFile_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => BotApiSpec.Load(Path.Combine(Path.GetTempPath(), "no-such-dir", "api.json")));
    }

    [Fact]
    public void Validate_MissingRequiredField_IsReported()
    {
        var request = new RecordedRequest("sendMessage", new JsonObject { ["chat_id"] = 42 });

        Assert.Equal(["sendMessage: missing required field 'text'"], Spec.Api.Validate(request));
    }

    [Fact]
    public void Validate_UnknownField_IsReported()
    {
        var request = new RecordedRequest("sendMessage", new JsonObject
        {
            ["chat_id"] = 42,
            ["text"] = "hi",
            ["disable_web_page_preview"] = true,
        });

        Assert.Equal(["sendMessage: unknown field 'disable_web_page_preview'"], Spec.Api.Validate(request));
    }

    [Fact]
    public void Validate_UnknownMethod_IsReported()
    {
        var request = new RecordedRequest("sendTelepathy", []);

        Assert.Equal(["sendTelepathy: unknown method"], Spec.Api.Validate(request));
    }

    [Fact]
    public void Validate_MethodNameInAnyCase_IsKnown()
    {
        var request = new RecordedRequest("SENDMESSAGE", new JsonObject { ["chat_id"] = "@briefing", ["text"] = "hi" });

        Assert.Empty(Spec.Api.Validate(request));
    }

    [Theory]
    [InlineData("""{"chat_id":true,"text":"hi"}""", "sendMessage.chat_id: expected Integer or String, got true")]
    [InlineData("""{"chat_id":1.5,"text":"hi"}""", "sendMessage.chat_id: expected Integer or String, got 1.5")]
    [InlineData("""{"chat_id":42,"text":7}""", "sendMessage.text: expected String, got 7")]
    [InlineData("""{"chat_id":42,"text":"hi","disable_notification":"true"}""", "sendMessage.disable_notification: expected Boolean, got \"true\"")]
    [InlineData("""{"chat_id":42,"text":"hi","entities":{"type":"bold"}}""", "sendMessage.entities: expected Array of MessageEntity, got {\"type\":\"bold\"}")]
    [InlineData("""{"chat_id":42,"text":"hi","entities":[{"type":"bold","offset":0}]}""", "sendMessage.entities[0]: missing required field 'length'")]
    [InlineData("""{"chat_id":42,"text":"hi","reply_parameters":{"message_id":"7"}}""", "sendMessage.reply_parameters.message_id: expected Integer, got \"7\"")]
    [InlineData("""{"chat_id":42,"text":"hi","link_preview_options":{"disabled":true}}""", "sendMessage.link_preview_options: unknown field 'disabled'")]
    [InlineData("""{"chat_id":42,"text":"hi","reply_markup":{"inline_keyboard":[[{"callback_data":"x"}]]}}""", "sendMessage.reply_markup.inline_keyboard[0][0]: missing required field 'text'")]
    [InlineData("""{"chat_id":42,"text":"hi","reply_markup":{"inline_keyboard":[[{"text":"a","colour":"red"}]]}}""", "sendMessage.reply_markup.inline_keyboard[0][0]: unknown field 'colour'")]
    [InlineData("""{"commands":[{"command":"brief","description":"d"}],"scope":{"type":"chat"}}""", "setMyCommands.scope: missing required field 'chat_id'", "setMyCommands")]
    [InlineData("""{"commands":[{"command":"brief","description":"d"}],"scope":{"type":"everyone"}}""", "setMyCommands.scope.type: expected one of \"default\", \"all_private_chats\", \"all_group_chats\", \"all_chat_administrators\", \"chat\", \"chat_administrators\", \"chat_member\", got \"everyone\"", "setMyCommands")]
    public void Validate_JsonBodyWithAWrongValue_ReportsWhere(string body, string expected, string method = "sendMessage")
    {
        var request = new RecordedRequest(method, JsonNode.Parse(body)!.AsObject());

        var problems = Spec.Api.Validate(request);

        Assert.Contains(expected, problems);
    }

    [Fact]
    public void Validate_FormRequest_AcceptsTextEncodedIntegersBooleansAndJson()
    {
        var request = new RecordedRequest("sendMessage", new JsonObject
        {
            ["chat_id"] = "-1001234567890",
            ["text"] = "hi",
            ["message_thread_id"] = "42",
            ["disable_notification"] = "True",
            ["entities"] = """[{"type":"bold","offset":0,"length":2}]""",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"More","callback_data":"more"}]]}""",
        }, RequestEncoding.FormUrlEncoded);

        Assert.Empty(Spec.Api.Validate(request));
    }

    [Fact]
    public void Validate_FormRequest_StillChecksTheJsonInsideStrings()
    {
        var request = new RecordedRequest("sendMessage", new JsonObject
        {
            ["chat_id"] = "forty-two-ish",
            ["text"] = "hi",
            ["message_thread_id"] = "4.2",
            ["reply_markup"] = """{"inline_keyboard":[[{"callback_data":"more"}]]}""",
        }, RequestEncoding.Multipart);

        var problems = Spec.Api.Validate(request);

        Assert.Equal(
            ["sendMessage.message_thread_id: expected Integer, got \"4.2\"", "sendMessage.reply_markup.inline_keyboard[0][0]: missing required field 'text'"],
            problems);
    }

    [Fact]
    public void Validate_AttachReferenceWithoutFilePart_IsReported()
    {
        var request = new RecordedRequest("sendDocument", new JsonObject { ["chat_id"] = "42", ["document"] = "attach://0" }, RequestEncoding.Multipart);

        Assert.Equal(["sendDocument: attach://0 refers to no uploaded file part"], Spec.Api.Validate(request));
    }

    [Fact]
    public void Validate_DirectUploadUnderTheFieldName_SatisfiesTheRequiredField()
    {
        var file = new UploadedFile("document", "a.txt", "text/plain", [1, 2, 3]);
        var request = new RecordedRequest("sendDocument", new JsonObject { ["chat_id"] = "42" }, RequestEncoding.Multipart, [file]);

        Assert.Empty(Spec.Api.Validate(request));
    }

    [Fact]
    public void Validate_StrayFilePart_IsReported()
    {
        var file = new UploadedFile("7", "a.txt", "text/plain", [1]);
        var request = new RecordedRequest("sendDocument", new JsonObject { ["chat_id"] = "42", ["document"] = "BQACAgIAAxkB" }, RequestEncoding.Multipart, [file]);

        Assert.Equal(["sendDocument: file part '7' is neither a field nor referenced by attach://7"], Spec.Api.Validate(request));
    }

    [Fact]
    public void ValidateType_ChatMemberIsCheckedAgainstTheSubtypeItsStatusNames()
    {
        var member = JsonNode.Parse("""{"status":"kicked","user":{"id":1,"is_bot":false,"first_name":"A"}}""");

        Assert.Equal(["ChatMember: missing required field 'until_date'"], Spec.Api.ValidateType("ChatMember", member));
    }

    [Fact]
    public void ValidateType_ChecksNestedObjects()
    {
        var update = JsonNode.Parse("""{"update_id":1,"message":{"message_id":1,"date":0,"chat":{"id":1}}}""");

        Assert.Equal(["Update.message.chat: missing required field 'type'"], Spec.Api.ValidateType("Update", update));
    }
}
