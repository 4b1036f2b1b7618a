namespace SeedGen;

/// <summary>Long loops over a seed's characters check for cancellation every <see cref="Interval"/> characters.</summary>
internal static class Poll
{
    public const int Interval = 1 << 16;
}
