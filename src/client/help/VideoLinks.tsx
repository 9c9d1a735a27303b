import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import OndemandVideoIcon from '@mui/icons-material/OndemandVideo';
import { useTranslate } from 'ra-core';
import type { HelpArticle } from '../../../server/resources/types.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { videoSite } from './videoSite.ts';

/**
 * Training videos as link cards that open the video's own page in a new tab (the portal's
 * security policy allows no embedded frames, and no thumbnails are fetched from elsewhere).
 */
export const VideoLinks = ({ videos }: { videos: readonly HelpArticle[] }) => {
  const translate = useTranslate();
  return (
    <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {videos.flatMap((video) => {
        const site = video.videoUrl ? videoSite(video.videoUrl) : null;
        if (!video.videoUrl || !site) return [];
        return [
          <li key={video.id}>
            <Card variant="outlined">
              <CardActionArea href={video.videoUrl} target="_blank" rel="noopener noreferrer">
                <CardContent sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
                  <OndemandVideoIcon color="primary" aria-hidden sx={{ mt: 0.25 }} />
                  <div>
                    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
                      {video.title}
                    </Typography>
                    <ArticleBody body={video.body} />
                    <Typography variant="body2" color="primary" sx={{ mt: 0.5 }}>
                      {translate('client.help.watchOn', { site })}
                    </Typography>
                  </div>
                </CardContent>
              </CardActionArea>
            </Card>
          </li>,
        ];
      })}
    </Stack>
  );
};
