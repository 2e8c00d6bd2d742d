using BriefingBot.Core.Chat;
using BriefingBot.Storage;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// Runs every case of a case file. The corpus is ingested once into a temporary database; ask cases share it, each
/// in a conversation of its own with its own clock; each subscribe case gets a copy of the freshly ingested database,
/// because the reminder scheduler's record of what it handled is database-wide. A case that throws fails with the
/// exception; a malformed case is reported without running.
/// </summary>
public static class CaseFileRunner
{
    public static async Task<EvaluationReport> RunAsync(CaseFile file, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefingbot-evaluation", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var shared = Path.Combine(folder, "shared.db");
            var pristine = Path.Combine(folder, "pristine.db");
            var ingestedAt = file.Cases.FirstOrDefault(c => !c.IsMalformed)?.Now ?? DateTimeOffset.UnixEpoch;
            await using (var session = BotSession.Open(shared, file.CorpusPath, ingestedAt))
            {
                await session.InitializeStoreAsync(cancellationToken);
            }

            await SnapshotAsync(shared, pristine, cancellationToken);
            var results = new List<CaseResult>();
            for (var i = 0; i < file.Cases.Count; i++)
            {
                results.Add(await RunCaseAsync(file, file.Cases[i], i, folder, cancellationToken));
            }

            return new EvaluationReport(file.Name, results);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TryDelete(folder);
        }
    }

    private static async Task<CaseResult> RunCaseAsync(CaseFile file, EvaluationCase evaluationCase, int index, string folder, CancellationToken cancellationToken)
    {
        if (evaluationCase.IsMalformed)
        {
            return CaseResult.Malformed(evaluationCase);
        }

        var conversation = ConversationRef.Telegram(-1_009_000_000_000 - index);
        try
        {
            if (evaluationCase.IsReminderCase)
            {
                var database = Path.Combine(folder, $"case-{index}.db");
                File.Copy(Path.Combine(folder, "pristine.db"), database);
                await using var session = BotSession.Open(database, file.CorpusPath, evaluationCase.Now);
                return await ReminderCaseRunner.RunAsync(evaluationCase, session, conversation, cancellationToken);
            }

            await using (var session = BotSession.Open(Path.Combine(folder, "shared.db"), file.CorpusPath, evaluationCase.Now))
            {
                var reply = ReplyFacts.Of(await session.AskAsync(evaluationCase.Ask!, conversation, cancellationToken));
                return new CaseResult(evaluationCase.Id, AskCheckEvaluator.Failures(evaluationCase.Checks, reply), reply.Excerpt());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new CaseResult(evaluationCase.Id, [$"error: {ex.GetType().Name}: {ex.Message}"], "");
        }
    }

    /// <summary>A consistent copy of the database, taken with VACUUM INTO so no write-ahead log is left behind.</summary>
    private static async Task SnapshotAsync(string source, string target, CancellationToken cancellationToken)
    {
        await using var connection = await new SqliteDatabase(source).OpenAsync(cancellationToken);
        await using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $target";
        vacuum.Parameters.AddWithValue("$target", target);
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the report matters more.
        }
    }
}
