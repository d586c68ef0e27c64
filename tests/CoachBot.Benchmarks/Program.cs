using CoachBot.Benchmarks;

return await LoadDriver.RunAsync(args);
