/** The CSV import pages (resources.imports.*). */
export const importMessages = {
  button: 'Import',
  title: 'Import %{name} from CSV',
  template: {
    title: 'The file',
    help: 'A CSV file whose first row names the columns (any of these, in any order; required ones in bold). An empty cell leaves the field out. At most 20,000 rows.',
    download: 'Download the template',
  },
  file: {
    choose: 'Choose a CSV file',
    check: 'Check',
    rows: '%{smart_count} row |||| %{smart_count} rows',
    checking: 'Checking %{smart_count} row of %{name}… |||| Checking %{smart_count} rows of %{name}…',
  },
  errors: {
    row: 'Row',
    column: 'Column',
    message: 'Problem',
    wholeRow: 'the whole row',
  },
  preview: {
    title: 'Ready: %{smart_count} row to import |||| Ready: %{smart_count} rows to import',
    first: 'The first rows, as they will be created:',
  },
  run: {
    button: 'Import %{smart_count} row |||| Import %{smart_count} rows',
    confirmTitle: 'Import %{smart_count} row? |||| Import %{smart_count} rows?',
    confirmContent: 'They are created all at once and each is recorded in the audit log.',
    importing: 'Importing %{smart_count} row… |||| Importing %{smart_count} rows…',
    done: 'Imported %{smart_count} row |||| Imported %{smart_count} rows',
    open: 'Open the list',
  },
};
