using System.Net.WebSockets;
using Netra.E2E.Load.Metrics;
using Netra.E2E.Load.Scenarios;
using Netra.E2E.Shared.Auth;
using Netra.E2E.Shared.Frames;
using Netra.E2E.Shared.Http;
using Netra.E2E.Shared.WebSockets;

namespace Netra.E2E.Load.Running;

/// <summary>
/// Turns what a user's iteration threw into a counted failure. Only the failures a target can cause are classified;
/// anything else is a defect of this tool and propagates.
/// </summary>
internal static class FailureClassifier
{
    /// <summary>The failure for <paramref name="exception"/>, or null when it is not one a target causes.</summary>
    public static UserFailure? Classify(int user, int iteration, Exception exception) => exception switch
    {
        ContractViolationException v => new(user, iteration, UserFailure.Violation, v.Rule, v.Message, v.Transcript),
        UnexpectedAnswerException u => new(user, iteration, UserFailure.Error, u.Category, u.Message, null),
        AuthFlowException a => Error(user, iteration, "auth", a),
        ApiRequestException h => Error(user, iteration, "http", h),
        WebSocketHandshakeRejectedException r => Error(user, iteration, "ws_rejected", r),
        WebSocketConnectException c => Error(user, iteration, "ws_connect", c),
        WebSocketClosedException c => Error(user, iteration, "ws_closed", c),
        FrameWaitException w => Error(user, iteration, "frame_wait", w),
        WebSocketException or HttpRequestException or IOException => Error(user, iteration, "network", exception),
        _ => null,
    };

    /// <summary>The failure of a user whose own deadline passed.</summary>
    public static UserFailure Deadline(int user, int iteration, TimeSpan budget, string step) =>
        new(user, iteration, UserFailure.Error, "deadline", $"the user's deadline ({budget.TotalSeconds:0.#} s) passed during {step}",
            null);

    private static UserFailure Error(int user, int iteration, string category, Exception exception) =>
        new(user, iteration, UserFailure.Error, category, $"{exception.GetType().Name}: {exception.Message}", null);
}
