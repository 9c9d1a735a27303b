import { Create, SimpleForm } from 'react-admin';
import { HelpArticleInputs } from './HelpArticleInputs.tsx';

export const HelpArticleCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ category: 'faq', language: 'en', sortOrder: 100, published: false }}>
      <HelpArticleInputs />
    </SimpleForm>
  </Create>
);
