namespace Netra.E2E.Shared.Contract;

/// <summary>The result of contract tool <c>cost_estimator</c>.</summary>
/// <param name="Model">The model priced.</param>
/// <param name="CostUsd">estimated_tokens / 1000 × the model's rate.</param>
public sealed record CostEstimate(string Model, double CostUsd);
