namespace BriefingBot.Core.Briefing;

/// <summary>Every way to pick <c>k</c> of <c>n</c> indices, in lexicographic order ("most of the words" as groups).</summary>
public static class Combinations
{
    public static IEnumerable<int[]> Of(int n, int k)
    {
        if (k < 1 || k > n)
        {
            yield break;
        }

        var indices = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return (int[])indices.Clone();
            var i = k - 1;
            while (i >= 0 && indices[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            indices[i]++;
            for (var j = i + 1; j < k; j++)
            {
                indices[j] = indices[j - 1] + 1;
            }
        }
    }
}
