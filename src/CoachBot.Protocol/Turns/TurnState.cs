namespace CoachBot.Protocol.Turns;

/// <summary>
/// Per-turn services and state, keyed by type: the host puts the loaded conversation and user state
/// here before the bot runs and reads them back afterwards.
/// </summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _items = [];

    public void Set<T>(T value)
        where T : class => _items[typeof(T)] = value;

    public T Get<T>()
        where T : class =>
        TryGet<T>(out var value) ? value : throw new InvalidOperationException($"No {typeof(T).Name} in this turn's state.");

    public bool TryGet<T>(out T value)
        where T : class
    {
        if (_items.TryGetValue(typeof(T), out var item))
        {
            value = (T)item;
            return true;
        }

        value = null!;
        return false;
    }

    public object? Get(Type type) => _items.GetValueOrDefault(type);

    public void Set(Type type, object value) => _items[type] = value;
}
