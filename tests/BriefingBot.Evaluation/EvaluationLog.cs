using Xunit.Abstractions;
using Xunit.Sdk;

namespace BriefingBot.Evaluation;

/// <summary>
/// Writes lines to the <c>dotnet test</c> console whether the test passes or fails: xunit's diagnostic messages
/// (switched on in xunit.runner.json), which the runner shows for passing tests too, unlike test output.
/// </summary>
public sealed class EvaluationLog(IMessageSink sink)
{
    public void WriteLine(string line) => sink.OnMessage(new DiagnosticMessage(line));
}
