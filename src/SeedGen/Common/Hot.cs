using System.Runtime.CompilerServices;

namespace SeedGen;

/// <summary>
/// The compiler runs a generator once per build in a process that has just started (a one-shot
/// <c>csc</c>) or that has not run it for a while: its code is compiled by the JIT during the run,
/// first unoptimised (tier 0, several times slower) and optimised only after about thirty calls
/// and a pause. Methods that loop over every character or word of every seed are marked
/// <see cref="Loop"/>, so the JIT compiles them optimised at their first call.
/// </summary>
internal static class Hot
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c> (512), which netstandard2.0's enum lacks; .NET Framework ignores it.</summary>
    public const MethodImplOptions Loop = (MethodImplOptions)512;
}
