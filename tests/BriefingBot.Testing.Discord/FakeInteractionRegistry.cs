namespace BriefingBot.Testing.Discord;

/// <summary>The interactions the fake issued and how each was answered.</summary>
internal sealed class FakeInteractionRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, FakeInteractionState> _byId = [];

    public void Add(FakeInteraction interaction)
    {
        lock (_lock)
        {
            _byId[interaction.Id] = new FakeInteractionState(interaction);
        }
    }

    public FakeInteractionState? Find(ulong id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public FakeInteractionState? FindByToken(string token)
    {
        lock (_lock)
        {
            return _byId.Values.FirstOrDefault(s => string.Equals(s.Interaction.Token, token, StringComparison.Ordinal));
        }
    }

    public void Update(FakeInteractionState state)
    {
        lock (_lock)
        {
            _byId[state.Interaction.Id] = state;
        }
    }
}
