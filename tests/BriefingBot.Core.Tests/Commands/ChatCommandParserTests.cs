using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Tests.Commands;

public sealed class ChatCommandParserTests
{
    [Theory]
    [InlineData("/brief New START", "brief", "New START")]
    [InlineData("  /BRIEF   New   START  ", "brief", "New START")]
    [InlineData("/brief@BriefingBot New START", "brief", "New START")]
    [InlineData("/topics", "topics", "")]
    [InlineData("/brief\nNew\tSTART", "brief", "New START")]
    [InlineData("/brief New\u0000START\u202E", "brief", "New START")]
    public void Parse_CommandText_GivesNameAndCleanArguments(string text, string name, string arguments)
    {
        var parsed = ChatCommandParser.Parse(text, "BriefingBot");

        Assert.Equal(new ParsedCommand(name, arguments), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello bot")]
    [InlineData("/")]
    [InlineData("/ brief")]
    [InlineData("/brief@OtherBot New START")]
    [InlineData("//brief")]
    public void Parse_NotACommandForThisBot_GivesNull(string text)
    {
        Assert.Null(ChatCommandParser.Parse(text, "BriefingBot"));
    }
}
