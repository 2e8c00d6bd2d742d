using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Roles;

/// <summary>
/// Gives every sentence of an article its <see cref="SentenceRole"/>, from its paragraph's kind, the section it is in
/// and its own form. The order of the checks is the order of precedence: a question in a reference list is a citation,
/// a reader-directed question is a question.
/// </summary>
public static class SentenceRoleClassifier
{
    /// <summary>Roles for every sentence, paragraph by paragraph, in the order given.</summary>
    public static IReadOnlyList<SentenceRole[]> Classify(IReadOnlyList<(Paragraph Paragraph, IReadOnlyList<string> Sentences)> paragraphs)
    {
        var roles = new SentenceRole[paragraphs.Count][];
        var section = SectionKind.Text;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (paragraph, sentences) = paragraphs[p];
            if (paragraph.Kind == ParagraphKind.Heading)
            {
                section = SectionHeadings.IsReferences(paragraph.Text) ? SectionKind.References : SectionKind.Text;
            }

            roles[p] = new SentenceRole[sentences.Count];
            for (var s = 0; s < sentences.Count; s++)
            {
                roles[p][s] = Classify(sentences[s], paragraph.Kind, section);
            }
        }

        return roles;
    }

    /// <summary>
    /// An advice line whose label is the only advice in it: "Watch the Negotiations: A Ukrainian delegation is headed to
    /// D.C. right now (January 17)." Not for a summary, but what follows the label states a dated fact.
    /// </summary>
    public static bool IsStatementAfterAdviceLabel(string sentence, ParagraphKind kind)
    {
        var (label, body) = SentenceForms.SplitLabel(sentence.Trim());
        return label.Length > 0 && SentenceForms.IsImperative(label) && Classify(body, kind, SectionKind.Text) == SentenceRole.Statement;
    }

    /// <summary>The role of one sentence in a paragraph of <paramref name="kind"/> under a section of <paramref name="section"/>.</summary>
    internal static SentenceRole Classify(string sentence, ParagraphKind kind, SectionKind section)
    {
        var text = sentence.Trim();
        var inList = kind is ParagraphKind.ListItem or ParagraphKind.TableRow;
        if (kind == ParagraphKind.Heading)
        {
            return SentenceRole.Heading;
        }

        if (kind == ParagraphKind.TableRow)
        {
            return SentenceRole.ListFragment;
        }

        if (section == SectionKind.References || SentenceForms.IsCitation(text, inList))
        {
            return SentenceRole.Citation;
        }

        if (SentenceForms.EndsWith(text, '?'))
        {
            return SentenceRole.Question;
        }

        // "Lavrov confirmed:" and "Lavrov squarely blamed the Biden White House for the war:" lead into what follows.
        if (SentenceForms.EndsWith(text, ':'))
        {
            return SentenceRole.ListFragment;
        }

        // "Monitor the Oil Price: Some Russian oil is already selling for $35 a barrel." reads as advice; what follows
        // its label is judged on its own for dated items (see IsStatementAfterAdviceLabel).
        var (label, body) = SentenceForms.SplitLabel(text);
        if (SentenceForms.IsAdvice(body) || SentenceForms.IsImperative(label))
        {
            return SentenceRole.Advice;
        }

        if (inList && !SentenceForms.HasClosingPunctuation(text))
        {
            return SentenceRole.ListFragment;
        }

        if (SentenceForms.IsFiller(body))
        {
            return inList && SentenceForms.WordCount(body) <= SentenceForms.FragmentWords ? SentenceRole.ListFragment : SentenceRole.Filler;
        }

        return SentenceRole.Statement;
    }
}
