namespace Netra.E2E.ReferenceBackend.Threads;

/// <summary>Whether a user may use a thread.</summary>
internal enum ThreadAccess
{
    /// <summary>The thread exists and the user may read and write it.</summary>
    Granted,

    /// <summary>No such thread (or it was deleted).</summary>
    NotFound,

    /// <summary>The thread belongs to another user.</summary>
    Denied,
}
