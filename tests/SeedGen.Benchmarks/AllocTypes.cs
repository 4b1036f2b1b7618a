using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace SeedGen.Benchmarks;

/// <summary>Samples allocations by type (the runtime's AllocationTick, one event per ~100 KB) while an action runs.</summary>
internal sealed class AllocTypes : EventListener
{
    private readonly Dictionary<string, long> _bytes = new();
    private bool _on;
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
        string type = (string)e.Payload[e.PayloadNames!.IndexOf("TypeName")]!;
        long amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }
    public static void Run(Action action)
    {
        using var l = new AllocTypes();
        System.Threading.Thread.Sleep(500);
        l._on = true;
        action();
        l._on = false;
        System.Threading.Thread.Sleep(500);
        lock (l._bytes)
            foreach (var (t, b) in l._bytes.OrderByDescending(p => p.Value).Take(40))
                Console.WriteLine($"{b / 1e6,10:F1} MB  {t}");
    }
}
