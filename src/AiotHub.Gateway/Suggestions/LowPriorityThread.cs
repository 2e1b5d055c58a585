using System.Runtime.InteropServices;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// Lowers the calling thread's scheduling priority, so mining takes only CPU nothing else wants. .NET's
/// <see cref="Thread.Priority"/> is honoured on Windows but ignored on Linux, where each thread has its own nice value:
/// there the thread's nice is set to 19 (the lowest) with setpriority(2), which needs no privilege to lower.
/// </summary>
internal static partial class LowPriorityThread
{
    /// <summary>The nice value the thread gets on Linux.</summary>
    public const int Nice = 19;

    private const int PrioProcess = 0;

    /// <summary>Lowers the calling thread; whether the operating system took it (false: it runs at normal priority).</summary>
    public static bool Lower()
    {
        Thread.CurrentThread.Priority = ThreadPriority.Lowest;
        if (!OperatingSystem.IsLinux())
            return OperatingSystem.IsWindows();
        try
        {
            // On Linux a thread is a task: PRIO_PROCESS with its tid names only this thread.
            return SetPriority(PrioProcess, GetTid(), Nice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The calling thread's id as the kernel knows it (Linux), for /proc/self/task/{tid}.</summary>
    public static int CurrentTid() => OperatingSystem.IsLinux() ? GetTid() : 0;

#pragma warning disable SYSLIB1054, CA5392 // LibraryImport needs unsafe code, which this project disallows; libc is a system library.
    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();
#pragma warning restore SYSLIB1054, CA5392
}
