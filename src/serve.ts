// `npm run serve`: the bot as an HTTP interactions endpoint (the same as TRANSPORT=http npm start).
process.env.TRANSPORT = 'http';
await import('./main.js');
