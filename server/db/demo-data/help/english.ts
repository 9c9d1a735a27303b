import type { HelpTexts } from './articles.ts';

export const ENGLISH: HelpTexts = {
  breathTest: {
    title: 'How do I take a breath test?',
    body: `Wait at least **15 minutes** after eating, drinking anything but water, smoking or using mouthwash, then rinse your mouth with water.

1. Turn the key to ON (do not crank the engine). The handset warms up and shows WAIT.
2. When it shows BLOW, take a normal deep breath, seal your lips around the mouthpiece and blow steadily for about 5 seconds, until it beeps or clicks.
3. Keep your face in view of the camera if your state requires one.
4. On PASS, start the engine within the time shown (usually 2–3 minutes).

If the handset shows a blow error, you blew too softly or too briefly: wait for BLOW and try again.`,
  },
  rollingRetest: {
    title: 'What is a rolling retest?',
    body: `While you drive, the device asks for more breath samples at random times, usually within the first 5–15 minutes and then every 15–45 minutes.

- The handset beeps and shows RETEST. You have several minutes (the screen counts down) to give the sample.
- You may blow while driving if it is safe; otherwise pull over where it is safe and legal.
- The device never turns off a running engine. A missed or failed retest is recorded and reported, and the horn or lights may sound until you turn the engine off.
- Only the driver may blow. A sample given by someone else is a program violation.`,
  },
  failedTest: {
    title: 'Why did I fail when I had not been drinking?',
    body: `The sensor measures alcohol in your breath, wherever it comes from. Common causes of a low reading are mouthwash, breath spray, hand sanitizer fumes, some cough syrups, energy drinks, kombucha, ripe fruit, and fresh bread or pastries.

- Rinse your mouth with water, wait 15 minutes and test again: alcohol from food or mouthwash is gone within minutes, alcohol you drank is not.
- Do not use alcohol-based sanitizer or vaping products in the car.
- If you believe a result was wrong, write down what you ate or used and add a note on the **Notes** page of this portal so that your monitor sees it.`,
  },
  calibration: {
    title: 'Why do I need calibration visits, and how often?',
    body: `The sensor must be checked against a known alcohol sample, and its log downloaded for your monitoring authority, at the interval your state sets (commonly every 30, 60 or 90 days). The handset starts reminding you about 7 days before.

- A calibration takes under 5 minutes at any live service center: no appointment is needed, but calling ahead is a good idea.
- Your next calibration date, and the date the device locks if it is missed, are on your dashboard.
- Use the locator on this page to find the nearest center.`,
  },
  lockout: {
    title: 'What is a lockout, and what do I do?',
    body: `A lockout means the device will not let the car start.

- **Temporary lockout**: after failed tests the handset counts down (often 5 to 30 minutes, longer after repeated fails). Wait for the countdown to end, rinse your mouth with water and test again.
- **Service lockout**: after a missed calibration (past the grace days) or a violation, the car stays locked until a service center resets the device. Where your state allows it, an unlock code gives you time to drive there; otherwise call us, and arrange a tow to the center if needed.

Never disconnect or bypass the device: tampering is reported to your monitoring authority.`,
  },
  unlockCodes: {
    title: 'How do unlock codes work?',
    body: `Where your state allows them, the **Unlock codes** page of this portal gives you a code for your device. Choose the device if you have several.

- The code is shown once: write it down before you leave the page. It is valid for a limited time, shown with the code.
- Your state may charge a fee for each code (added to your balance) and limit how many codes you may get per day or over your program.
- Enter the code on the handset as its screen asks, then drive to a service center: a code gives time to get there, it does not replace the visit.

Where your state does not allow codes, or wants them given by phone, the page shows the number to call.`,
  },
  paying: {
    title: 'How do I pay, and what is auto-pay?',
    body: `Your payments are on the **Payments** page: your balance, your next payment and its date, and your payment history.

- Add a card, then pay any amount up to your balance. A receipt is e-mailed to you.
- Choose how often you pay: weekly, every two weeks, monthly or every two months.
- Turn on **auto-pay** to have the amount due charged to the card you choose on each due date. You can turn it off at any time.

If you cannot pay on time, add a note or call us before the due date.`,
  },
  moving: {
    title: 'I am moving to another state. What happens?',
    body: `Your program is set by the court or licensing agency that ordered it, and its rules still apply after you move. Tell us before you move: add a note on the **Notes** page with your new address and the date.

- We check whether your program can continue in the new state and which service centers are near you (use the locator on this page).
- Keep your calibration dates while you move: a missed visit locks the device wherever you are.
- Unlock codes and overrides may not be allowed out of state.
- Never remove the device yourself: only a service center with a work order from us may remove or exchange it.`,
  },
  firstTestVideo: {
    title: 'Your first breath test',
    body: 'A two-minute walk-through of starting your car with the device: warming up, blowing correctly, and what each message on the screen means.',
  },
  retestVideo: {
    title: 'Rolling retests on the road',
    body: 'How to answer a retest safely while you drive, how long you have, and what happens if you miss one.',
  },
  calibrationVideo: {
    title: 'What happens at a calibration visit',
    body: 'What the technician does in those five minutes, what to bring, and how the visit resets your next calibration date.',
  },
  firstWeek: {
    title: 'Your first week with the device',
    body: `## Before you drive
1. Read the handset's quick guide in the glove box and keep it in the car.
2. Sign in to this portal and check your phone number and address on **Profile**, so that reminders reach you.
3. Note your first calibration date on your dashboard.

## Every trip
- Wait 15 minutes after eating or drinking, rinse with water, then blow.
- Answer every rolling retest; pull over if you need to.

## If something goes wrong
- A failed test: wait, rinse, retest.
- A lockout: see "What is a lockout, and what do I do?" above.
- Anything else: add a note on **Notes** or call the number on your dashboard.`,
  },
};
