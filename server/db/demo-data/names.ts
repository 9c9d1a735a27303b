/** Small constant lists the demo data draws people, streets and businesses from. */
export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen',
  'Charles', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty', 'Anthony', 'Sandra', 'Mark', 'Margaret',
  'Donald', 'Ashley', 'Steven', 'Kimberly', 'Andrew', 'Emily', 'Paul', 'Donna', 'Joshua', 'Michelle',
  'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'Timothy', 'Deborah', 'Ronald', 'Stephanie',
  'Jose', 'Maria', 'Luis', 'Ana', 'Carlos', 'Rosa', 'Miguel', 'Carmen', 'Juan', 'Gabriela',
  'Tyler', 'Brittany', 'Cody', 'Kayla', 'Dustin', 'Amber', 'Travis', 'Tiffany', 'Derek', 'Crystal',
  'Marcus', 'Keisha', 'Andre', 'Tamika', 'Darnell', 'Latoya', 'Hoang', 'Mai', 'Wei', 'Priya',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Olson', 'Larson', 'Peterson', 'Hansen', 'Schmidt', 'Mueller', 'Kowalski', 'Novak', "O'Brien", 'Murphy',
  'Sullivan', 'Kelly', 'Reyes', 'Cruz', 'Morales', 'Ortiz', 'Gutierrez', 'Chavez', 'Patel', 'Kim',
  'Tran', 'Pham', 'Chen', 'Yazzie', 'Begay', 'Washington', 'Jefferson', 'Brooks', 'Price', 'Bennett',
] as const;

export const STREET_NAMES = [
  'Main', 'Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park',
  'Sunset', 'Lincoln', 'Jackson', 'Highland', 'Ridge', 'River', 'Meadow', 'Church', 'Mill', 'Spring',
  'Industrial', 'Commerce', 'Airport', 'Division', 'Broadway', 'Center', 'Railroad', 'Valley', 'Franklin', 'Madison',
] as const;

export const STREET_SUFFIXES = ['St', 'Ave', 'Blvd', 'Rd', 'Dr', 'Way', 'Ln', 'Pkwy', 'Hwy', 'Ct'] as const;

export const BUSINESS_PREFIXES = [
  'Precision', 'Summit', 'Elite', 'Sound Wave', 'Rapid', 'Allstar', 'Pro', 'Liberty', 'Patriot', 'Eagle',
  'Metro', 'Valley', 'Interstate', 'Crossroads', 'Northside', 'Southside', 'Westside', 'Eastside', 'Hometown', 'Family',
  'Gold Star', 'Redline', 'Sonic', 'Pinnacle', 'Keystone', 'Frontier', 'Blue Ridge', 'Desert', 'Coastal', 'Prairie',
] as const;

export const BUSINESS_KINDS = [
  'Auto Electronics', 'Car Audio', 'Tire & Service', 'Mobile Electronics', 'Auto Sound', 'Tint & Audio',
  'Automotive', 'Auto Repair', 'Car Stereo', 'Remote Starts', 'Auto Care', 'Auto Accessories',
] as const;

export const CONTACT_ROLES = ['Owner', 'Service Manager', 'Office Manager', 'Lead Installer', 'Bookkeeper', 'General Manager'] as const;


/** Reserved example domains (RFC 2606): demo addresses never reach a real mailbox. */
export const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;
